"use client";

import { signOutTo } from "@/lib/auth/browser-requests";

export function LogoutButton() {
  return (
    <button type="button" className="link-button" onClick={() => void signOutTo("/login")}>
      ログアウト
    </button>
  );
}
