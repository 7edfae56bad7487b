// OpenAPI 3.1 description of the API for ordering bodies' own systems. Served at
// /api/v1/openapi.json and rendered for people at /api-docs.

const error = (code: string, example: string) => ({
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", const: code },
        message: { type: "string", examples: [example] },
        fields: { type: "object", additionalProperties: { type: "string" }, description: "項目ごとの誤り (400 のみ)" },
      },
    },
  },
});

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Net Desk 電子保証 確認 API",
    version: "1.0.0",
    description:
      "発注者のシステムから、保証契約番号と認証キーで電子保証（電子証書）を照会するための API です。" +
      "電子証書の各版は保証会社の Ed25519 鍵で署名されています（RFC 8785 で正規化した JSON に対する署名）。公開鍵は /api/v1/keys で公開しています。",
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/v1/verify": {
      post: {
        operationId: "verifyGuarantee",
        summary: "電子保証を照会する",
        description:
          "保証契約番号と認証キーが一致すれば、現在の電子証書、履歴、署名を返します。番号が存在しない場合と認証キーが違う場合は、同じ 404 を返します。" +
          "回数の制限は送信元ごとです（IPv6 は /64 単位）。同じ送信元からは1分間に60回まで、同じ送信元から同じ保証契約番号で15分間に10回失敗すると、その送信元からはその番号について正しい認証キーでも 429 になります（最初の失敗から15分後まで）。" +
          "ほかの送信元の失敗によって照会が断られることはありません。" +
          "サーバー間の呼び出し用です。Origin ヘッダーを付ける場合はポータル自身のオリジンに限り、ほかのオリジンからの呼び出しは 403 になります。",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { $ref: "#/components/schemas/VerifyRequest" },
              examples: { flyer: { value: { contractNumber: "37071-00000M", authKey: "Z28YUE4J3Bux" } } },
            },
          },
        },
        responses: {
          "200": { description: "一致しました", content: { "application/json": { schema: { $ref: "#/components/schemas/VerifyResponse" } } } },
          "400": { description: "リクエストの形式が正しくありません", content: { "application/json": { schema: error("VALIDATION", "入力内容に誤りがあります") } } },
          "403": {
            description: "ほかのオリジンの Web ページからの呼び出しです",
            content: { "application/json": { schema: error("BAD_ORIGIN", "このリクエストは受け付けられません（送信元が正しくありません）。") } },
          },
          "404": {
            description: "保証契約番号または認証キーが正しくありません",
            content: { "application/json": { schema: error("NOT_FOUND", "保証契約番号または認証キーが正しくありません") } },
          },
          "429": {
            description: "試行回数の上限に達しました",
            headers: { "Retry-After": { description: "再試行できるまでの秒数", schema: { type: "integer" } } },
            content: { "application/json": { schema: error("RATE_LIMITED", "試行回数が上限に達しました。しばらくしてから再度お試しください。") } },
          },
        },
      },
    },
    "/api/v1/keys": {
      get: {
        operationId: "listSigningKeys",
        summary: "署名の公開鍵一覧",
        responses: {
          "200": {
            description: "現在および過去の公開鍵",
            content: {
              "application/json": {
                schema: { type: "object", properties: { keys: { type: "array", items: { $ref: "#/components/schemas/PublicKey" } } } },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      VerifyRequest: {
        type: "object",
        required: ["contractNumber", "authKey"],
        additionalProperties: false,
        properties: {
          contractNumber: { type: "string", description: "保証契約番号 (NNNNN-NNNNNL)。全角・前後の空白・ハイフンなしも受け付けます。", examples: ["37071-00000M"] },
          authKey: { type: "string", description: "認証キー (英大文字・英小文字・数字の12文字)", examples: ["Z28YUE4J3Bux"] },
        },
      },
      VerifyResponse: {
        type: "object",
        required: ["contractNumber", "status", "certificate", "history", "signature", "chain", "respondedAt"],
        properties: {
          contractNumber: { type: "string" },
          status: { type: "string", enum: ["ACTIVE", "CANCELLED"], description: "ACTIVE = 有効, CANCELLED = 取消 (最新の版に署名された状態)" },
          certificate: { $ref: "#/components/schemas/CertificateVersion" },
          history: { type: "array", items: { $ref: "#/components/schemas/CertificateVersion" }, description: "新規・変更などの版 (訂正・変更取消で置き換えられた版は含みません)。古い順。" },
          signature: { $ref: "#/components/schemas/Signature" },
          chain: { $ref: "#/components/schemas/Chain" },
          respondedAt: { type: "string", format: "date-time", description: "回答日時" },
        },
      },
      CertificateVersion: {
        type: "object",
        required: ["versionNo", "kind", "changeType", "issuedAt", "content", "signature"],
        properties: {
          versionNo: { type: "integer" },
          kind: { type: "string", enum: ["NEW", "CHANGE", "CORRECTION", "CANCELLATION"], description: "対象: 新規・変更・訂正・取消" },
          changeType: { type: ["string", "null"], enum: ["INCREASE", "DECREASE", "TERM_CHANGE", null], description: "増額・減額・保証期限変更" },
          issuedAt: { type: "string", format: "date-time", description: "電子保証発行日時" },
          content: { type: "object", description: "電子証書の記載事項 (署名の対象)" },
          signature: { $ref: "#/components/schemas/Signature" },
        },
      },
      Signature: {
        type: "object",
        required: ["algorithm", "canonicalization", "keyId", "value", "payload", "valid"],
        properties: {
          algorithm: { type: "string", const: "Ed25519" },
          canonicalization: { type: "string", const: "RFC 8785" },
          keyId: { type: "string" },
          value: { type: "string", description: "署名 (base64)" },
          payload: { type: "string", description: "署名の対象となったバイト列 (content の RFC 8785 正規化 JSON)" },
          valid: { type: "boolean", description: "保存されている内容に対して信頼された鍵の署名が有効で、かつ版の連鎖 (chain) が有効か" },
        },
      },
      Chain: {
        type: "object",
        required: ["valid", "format", "problem"],
        properties: {
          valid: { type: "boolean", description: "すべての版の署名が有効で、版が欠けず、表示・非表示と状態が署名された内容と一致するか" },
          format: { type: "integer", enum: [1, 2], description: "署名形式: 2 = 各版が番号・状態・前の版のハッシュを署名に含む。1 = それ以前に発行された版のみ (各版の署名だけを確認)" },
          problem: { type: ["string", "null"], description: "無効のときの理由" },
        },
      },
      PublicKey: {
        type: "object",
        required: ["kid", "alg", "publicKeyPem", "jwk", "current"],
        properties: {
          kid: { type: "string" },
          alg: { type: "string", const: "Ed25519" },
          publicKeyPem: { type: "string" },
          jwk: { type: "object" },
          current: { type: "boolean", description: "true = 現在の署名鍵, false = 過去の鍵 (その鍵で署名された版の確認用)" },
        },
      },
    },
  },
} as const;
