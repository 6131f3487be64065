package org.licensetriage.web;

import java.net.URI;
import java.util.Locale;
import org.licensetriage.i18n.LocalizedText;
import org.springframework.http.HttpStatus;

/** Every kind of problem the API answers with: a stable {@code code}, {@code type} URI, status and title. */
public enum ProblemCode {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "The request is invalid", "リクエストの内容に誤りがあります"),
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "The request body is not valid JSON", "リクエスト本文が正しい JSON ではありません"),
    INVALID_CSV(HttpStatus.BAD_REQUEST, "The CSV file cannot be audited", "この CSV ファイルは監査できません"),
    MALFORMED_ERROR_CODE(HttpStatus.BAD_REQUEST, "Not an error code", "エラー コードとして読み取れません"),
    UNKNOWN_ERROR_CODE(HttpStatus.NOT_FOUND, "Error code not in the knowledge base", "ナレッジ ベースにないエラー コードです"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "No such resource", "指定されたリソースはありません"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "このメソッドは使用できません"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "No acceptable representation", "要求された形式では応答できません"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", "リクエスト本文が大きすぎます"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "サポートされていないメディア タイプです"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", "サービスを利用できません"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "内部エラーが発生しました");

    private final HttpStatus status;
    private final LocalizedText title;
    private final URI type;

    ProblemCode(HttpStatus status, String en, String ja) {
        this.status = status;
        this.title = new LocalizedText(en, ja);
        this.type = URI.create("urn:license-triage:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public HttpStatus status() {
        return status;
    }

    public LocalizedText title() {
        return title;
    }

    public URI type() {
        return type;
    }

    /** The problem code a framework answer of this status gets. */
    static ProblemCode forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
        };
    }
}
