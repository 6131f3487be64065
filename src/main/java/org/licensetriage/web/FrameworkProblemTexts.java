package org.licensetriage.web;

import java.util.Set;
import org.licensetriage.i18n.LocalizedText;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;

/** The details of answers the framework decides (404, 405, 415, …), in both languages. */
final class FrameworkProblemTexts {

    private FrameworkProblemTexts() {
    }

    static LocalizedText detail(ProblemCode code, Exception e) {
        return switch (code) {
            case NOT_FOUND -> new LocalizedText(
                    "There is nothing at this path. The API offers /errors/{code}, /errors?q=, /keys/validate,"
                            + " /keys/validate/batch and /diagnoses; see /swagger-ui.html.",
                    "このパスには何もありません。API は /errors/{code}、/errors?q=、/keys/validate、"
                            + "/keys/validate/batch、/diagnoses です。/swagger-ui.html を参照してください。");
            case METHOD_NOT_ALLOWED -> methodNotAllowed(e);
            case UNSUPPORTED_MEDIA_TYPE -> new LocalizedText(
                    "Send the request body as application/json (UTF-8).",
                    "リクエスト本文は application/json (UTF-8) で送信してください。");
            case NOT_ACCEPTABLE -> new LocalizedText(
                    "This resource answers with application/json; accept that (or */*).",
                    "このリソースは application/json で応答します。Accept にこれ (または */*) を含めてください。");
            case INVALID_REQUEST -> e instanceof MissingServletRequestParameterException missing
                    ? new LocalizedText("The query parameter '" + missing.getParameterName() + "' is required.",
                            "クエリ パラメーター「" + missing.getParameterName() + "」は必須です。")
                    : new LocalizedText("The request is not valid for this resource.",
                            "このリソースに対するリクエストとして正しくありません。");
            case PAYLOAD_TOO_LARGE -> new LocalizedText("The request body is too large.",
                    "リクエスト本文が大きすぎます。");
            case SERVICE_UNAVAILABLE -> new LocalizedText("The service cannot answer right now; try again shortly.",
                    "現在サービスが応答できません。しばらくしてから再度お試しください。");
            default -> new LocalizedText("The service failed to answer this request.",
                    "サービス側の問題で応答できませんでした。");
        };
    }

    private static LocalizedText methodNotAllowed(Exception e) {
        Set<HttpMethod> supported = e instanceof HttpRequestMethodNotSupportedException notSupported
                ? notSupported.getSupportedHttpMethods() : null;
        String allowed = supported == null || supported.isEmpty() ? ""
                : String.join(", ", supported.stream().map(HttpMethod::name).sorted().toList());
        return allowed.isEmpty()
                ? new LocalizedText("This method is not supported here.", "このメソッドはここでは使用できません。")
                : new LocalizedText("This method is not supported here; use " + allowed + ".",
                        "このメソッドはここでは使用できません。" + allowed + " を使用してください。");
    }
}
