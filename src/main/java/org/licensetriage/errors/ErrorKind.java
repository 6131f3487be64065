package org.licensetriage.errors;

import java.util.List;
import org.licensetriage.i18n.LocalizedText;

/**
 * What kind of failure a Windows code reports, told from its symbolic names (DNS_ERROR_*, RPC_S_*,
 * ERROR_ACCESS_DENIED …) or, without a name, from its facility and number range. Shown with a code the
 * knowledge base has no entry for, and used by the diagnosis as evidence of the matching causes.
 */
public enum ErrorKind {
    ACCESS(new LocalizedText(
            "An access error: the account or process lacks a permission (run as administrator, or the permissions on a file, registry key or WMI namespace).",
            "アクセス権のエラーです。アカウントまたはプロセスに必要な権限がありません (管理者として実行しているか、ファイル・レジストリ キー・WMI 名前空間のアクセス許可を確認します)。")),
    DNS(new LocalizedText(
            "A DNS error: a name could not be looked up. In activation this is usually the KMS host's SRV record or the name of the activation server.",
            "DNS のエラーです。名前を解決できませんでした。ライセンス認証では、多くの場合 KMS ホストの SRV レコードかライセンス認証サーバーの名前です。")),
    TIME(new LocalizedText(
            "A time error: the clocks of the PC and of the server it talks to differ too much.",
            "時刻のエラーです。PC と通信先のサーバーの時刻が大きくずれています。")),
    SECURE_CONNECTION(new LocalizedText(
            "A secure-connection or certificate error: often a wrong clock, a proxy or security product that inspects HTTPS, or missing root certificates.",
            "セキュリティで保護された接続 (TLS) または証明書のエラーです。PC の時刻のずれ、HTTPS を検査するプロキシやセキュリティ製品、ルート証明書の不足がよくある原因です。")),
    SERVICE(new LocalizedText(
            "A service error: a Windows service is disabled, stopped or could not start. In activation this is the Software Protection service or a service it depends on.",
            "サービスのエラーです。Windows のサービスが無効、停止中、または開始できない状態です。ライセンス認証では、ソフトウェア保護サービスかその依存サービスです。")),
    NETWORK(new LocalizedText(
            "A network error: a connection could not be made or was cut off (the network, a proxy, a firewall, or the server at the other end).",
            "ネットワークのエラーです。接続できなかったか、途中で切断されました (ネットワーク、プロキシ、ファイアウォール、または接続先のサーバー)。")),
    WMI(new LocalizedText(
            "A WMI error: Windows Management Instrumentation, which the licensing commands use, failed or is damaged.",
            "WMI のエラーです。ライセンス関連のコマンドが使う Windows Management Instrumentation (WMI) が失敗したか、破損しています。")),
    STORAGE(new LocalizedText(
            "A file or storage error: a file, folder or registry entry is missing, locked or damaged.",
            "ファイルまたは記憶域のエラーです。ファイル、フォルダー、レジストリの項目が見つからないか、使用中か、破損しています。")),
    GENERAL(new LocalizedText(
            "A general Windows error that does not point to one area; the message or the step that failed tells more.",
            "特定の分野を示さない、Windows の一般的なエラーです。表示されたメッセージや失敗した操作から状況を確認します。"));

    private final LocalizedText meaning;

    ErrorKind(LocalizedText meaning) {
        this.meaning = meaning;
    }

    public LocalizedText meaning() {
        return meaning;
    }

    /** The kind of a code: its names decide first, in the order of the constants; then its number. */
    static ErrorKind of(ErrorCode code, List<String> names) {
        for (ErrorKind kind : values()) {
            if (names.stream().anyMatch(kind::names)) {
                return kind;
            }
        }
        return byNumber(code);
    }

    private boolean names(String name) {
        return switch (this) {
            case ACCESS -> name.contains("ACCESS_DENIED") || name.contains("ACCESSDENIED")
                    || name.contains("PRIVILEGE_NOT_HELD") || name.contains("ELEVATION_REQUIRED");
            case DNS -> name.startsWith("DNS_") || name.contains("_DNS_") || name.contains("NAME_NOT_RESOLVED")
                    || name.equals("WSAHOST_NOT_FOUND") || name.equals("WSANO_DATA") || name.equals("WSATRY_AGAIN");
            case TIME -> name.contains("TIME_SKEW") || name.contains("TIME_DIFFERENCE");
            case SECURE_CONNECTION -> name.startsWith("SEC_E_") || name.startsWith("CERT_E_")
                    || name.startsWith("TRUST_E_") || name.startsWith("CRYPT_E_") || name.contains("_SECURE_")
                    || name.contains("_SEC_CERT_") || name.contains("_CLIENT_AUTH_CERT");
            case SERVICE -> name.startsWith("ERROR_SERVICE_") || name.startsWith("STATUS_SERVICE_")
                    || name.equals("ERROR_INVALID_IMAGE_HASH") || name.equals("CO_E_SERVER_EXEC_FAILURE")
                    || name.equals("ERROR_DEPENDENT_SERVICES_RUNNING");
            case NETWORK -> name.startsWith("RPC_S_") || name.startsWith("RPC_NT_") || name.startsWith("EPT_S_")
                    || name.startsWith("WSAE") || name.startsWith("ERROR_INTERNET_") || name.startsWith("WININET_E_")
                    || name.startsWith("ERROR_WINHTTP_") || name.contains("NETWORK") || name.contains("CONNECTION")
                    || name.contains("HOST_UNREACHABLE") || name.contains("NETNAME") || name.contains("NETPATH");
            case WMI -> name.startsWith("WBEM_E_");
            case STORAGE -> name.startsWith("STG_E_") || name.startsWith("ERROR_FILE_") || name.startsWith("ERROR_DISK_")
                    || name.startsWith("STATUS_DISK_") || name.startsWith("ERROR_REGISTRY_")
                    || name.equals("ERROR_PATH_NOT_FOUND") || name.equals("ERROR_CRC") || name.equals("ERROR_BADDB")
                    || name.equals("ERROR_BADKEY") || name.equals("ERROR_CANTOPEN") || name.equals("ERROR_CANTREAD")
                    || name.equals("ERROR_CANTWRITE") || name.equals("ERROR_SHARING_VIOLATION")
                    || name.equals("ERROR_HANDLE_DISK_FULL") || name.contains("FILE_CORRUPT")
                    || name.startsWith("STATUS_OBJECT_NAME_") || name.startsWith("STATUS_OBJECT_PATH_");
            case GENERAL -> false;
        };
    }

    // Win32 errors (FACILITY_WIN32) without a name in the table are still grouped by their documented ranges.
    private static ErrorKind byNumber(ErrorCode code) {
        HResult hresult = code.decode();
        if (hresult.facility() != 7 || hresult.severity() != HResult.Severity.ERROR) {
            return GENERAL;
        }
        int win32 = hresult.code();
        if (win32 >= 9000 && win32 < 10000) {
            return DNS;
        }
        if (win32 >= 1700 && win32 < 2000 || win32 >= 10000 && win32 < 12000 || win32 >= 12000 && win32 < 12200) {
            return NETWORK; // RPC, Winsock, WinINet and WinHTTP
        }
        return win32 >= 1050 && win32 < 1100 ? SERVICE : GENERAL;
    }
}
