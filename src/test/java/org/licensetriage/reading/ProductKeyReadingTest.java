package org.licensetriage.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.licensetriage.errors.ErrorCode;

class ProductKeyReadingTest {

    // Microsoft's published generic key for Windows Pro: it selects an edition and activates nothing.
    private static final String KEY = "VK7JG-NPHTM-C97JM-9MPGT-3V66T";
    private final MessageReader reader = ReadingKnowledge.reader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I typed VK7JG-NPHTM-C97JM-9MPGT-3V66T and it failed.                 | VK7JG-NPHTM-C97JM-9MPGT-3V66T
            key: vk7jg-nphtm-c97jm-9mpgt-3v66t.                                  | vk7jg-nphtm-c97jm-9mpgt-3v66t
            キーは「ＶＫ７ＪＧ－ＮＰＨＴＭ－Ｃ９７ＪＭ－９ＭＰＧＴ－３Ｖ６６Ｔ」です      | ＶＫ７ＪＧ－ＮＰＨＴＭ－Ｃ９７ＪＭ－９ＭＰＧＴ－３Ｖ６６Ｔ
            VK7JG–NPHTM—C97JM‐9MPGT−3V66T                                        | VK7JG–NPHTM—C97JM‐9MPGT−3V66T
            キー：VK7JGーNPHTMーC97JMー9MPGTー3V66T                                 | VK7JGーNPHTMーC97JMー9MPGTー3V66T
            (VK7JG-NPHTM-C97JM-9MPGT-3V66T)                                      | VK7JG-NPHTM-C97JM-9MPGT-3V66T
            VK7JG-NPHTM-C97JM-9MPGT-3V66T-                                       | VK7JG-NPHTM-C97JM-9MPGT-3V66T
            """)
    void keysInAnyWidthAndWithAnyDash(String message, String key) {
        assertThat(reader.read(message).productKey()).isEqualTo(key);
    }

    @Test
    void aMistypedKeyWithLookAlikesIsStillFound() {
        assertThat(reader.read("VK7JG-NPHTM-C97JM-9MPGT-3V66T".replace('7', 'T').replace("3V", "3S")
                .replace("NP", "N0").replace("JG", "1G")).productKey()).isEqualTo("VKT1G-N0HTM-C9TJM-9MPGT-3S66T");
        assertThat(reader.read("VK7JG-NPHTM-C97JM-9MPGT-3V66O").productKey()).isEqualTo("VK7JG-NPHTM-C97JM-9MPGT-3V66O");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "VK7JG-NPHTM-C97JM-9MPGT",
        "VK7JG-NPHTM-C97JM-9MPGT-3V66T-ABCDE",
        "XVK7JG-NPHTM-C97JM-9MPGT-3V66T",
        "12345-67890-12345-67890-12345",
        "AEAEA-NPHTM-C97JM-9MPGT-3V66T",
        "VK7JG NPHTM C97JM 9MPGT 3V66T",
        "Extended PID: 03612-03308-000-000000-00-1033-19041.0000-0452021"})
    void textsThatAreNotAWholeKey(String message) {
        assertThat(reader.read(message).productKey()).isNull();
    }

    @Test
    void theFirstKeyIsTaken() {
        assertThat(reader.read("old key " + KEY + ", new key W269N-WFGWX-YVC9B-4J6C9-T83GX").productKey())
                .isEqualTo(KEY);
    }

    @Test
    void toStringMasksTheKeyButKeepsTheLastGroup() {
        Observation read = reader.read("My key VK7JG-NPHTM-C97JM-9MPGT-3V66T gives 0xC004F050");
        assertThat(read.toString()).contains("productKey=XXXXX-XXXXX-XXXXX-XXXXX-3V66T")
                .doesNotContain("VK7JG").doesNotContain("NPHTM").doesNotContain("C97JM").doesNotContain("9MPGT")
                .contains("0xC004F050");
        assertThat(read.maskedProductKey()).isEqualTo("XXXXX-XXXXX-XXXXX-XXXXX-3V66T");
        assertThat(reader.read("no key here").toString()).contains("productKey=null");
    }

    @Test
    void theRecordCopiesItsLists() {
        List<ErrorCode> codes = new java.util.ArrayList<>(List.of(new ErrorCode(0xC004F050)));
        Observation read = new Observation(codes, List.of(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, List.of(), List.of(), null, List.of());
        codes.clear();
        assertThat(read.errorCodes()).hasSize(1);
    }
}
