package org.licensetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.licensetriage.keys.KeyFixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Many threads on every endpoint at once get exactly the answers one thread gets. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class ConcurrencyTest {

    static final int THREADS = 16;
    static final int ROUNDS = 8;

    @LocalServerPort
    int port;

    @Test
    void concurrentAnswersEqualTheSingleThreadedOnes() throws Exception {
        HttpTestClient api = new HttpTestClient(port);
        List<Supplier<HttpResponse<String>>> requests = new ArrayList<>();
        requests.add(() -> api.get("/errors/0xC004F050", "ja"));
        requests.add(() -> api.get("/errors/-1073418160", "en"));
        requests.add(() -> api.get("/errors/0x8004FE2A", "en"));
        requests.add(() -> api.get("/errors?q=%E3%83%A9%E3%82%A4%E3%82%BB%E3%83%B3%E3%82%B9%E8%AA%8D%E8%A8%BC", "ja"));
        for (int i = 0; i < 6; i++) {
            String key = KeyFixtures.key(3305 + i, 100 + i);
            String typo = key.substring(0, 10) + (key.charAt(10) == 'B' ? '8' : 'B') + key.substring(11);
            requests.add(() -> api.post("/keys/validate", "{\"productKey\":\"" + typo + "\",\"installedEdition\":\"Home\"}", "en"));
        }
        requests.add(() -> api.post("/keys/validate/batch", "{\"items\":[{\"productKey\":\"W269N-WFGWX-YVC9B-4J6C9-T83GX\"},"
                + "{\"productKey\":\"VK7JG-NPHTM-C97JM-9MPGT-3V6GT\"}]}", "ja"));
        requests.add(() -> api.post("/diagnoses", "{\"errorCode\":\"0xC004F074\",\"productKey\":\"W269N-WFGWX-YVC9B-4J6C9-T83GX\"}",
                "en"));
        requests.add(() -> api.post("/diagnoses", "{\"message\":\"名前: Windows(R), Professional edition\\nプロダクト キーの一部: 3V66T"
                + "\\nマザーボードを交換しました。エラー コード: 0xC004F050\"}", "ja"));
        requests.add(() -> api.post("/diagnoses", "{\"message\":\"\"}", "en"));

        List<String> expected = requests.stream().map(r -> answer(r.get())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < requests.size(); i++) {
                            int index = (i + offset) % requests.size();
                            String got = answer(requests.get(index).get());
                            if (!got.equals(expected.get(index))) {
                                mismatches.add("request " + index + ": " + got);
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> future : futures) {
                assertThat(future.get()).isEmpty();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String answer(HttpResponse<String> response) {
        return response.statusCode() + " " + response.headers().firstValue("Content-Language").orElse("") + " "
                + response.body();
    }
}
