import { ErrorPage } from "@/components/error-page";

export default function NotFound() {
  return <ErrorPage title="ページが見つかりません（404）" message="お探しのページは存在しないか、表示できません。" />;
}
