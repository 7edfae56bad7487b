import { ErrorPage } from "@/components/error-page";

export default function Forbidden() {
  return (
    <ErrorPage
      role="alert"
      title="このページを表示する権限がありません（403）"
      message="ご利用のアカウントでは、このページは表示できません。別のアカウントでログインするか、トップページへお戻りください。"
    />
  );
}
