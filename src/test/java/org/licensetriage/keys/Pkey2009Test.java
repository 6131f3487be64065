package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Decoding, encoding and the checksum of Windows 8+ keys against the specification's vectors and at random. */
class Pkey2009Test {

    private static final long SEED = 0x5EED_2009L;
    private static final BigInteger TWENTY_FOUR = BigInteger.valueOf(24);

    @Test
    void crcOfTheCheckStringIsTheCatalogueValue() {
        assertThat(Crc32Bzip2.of("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0xFC891918);
    }

    @ParameterizedTest
    @CsvSource({
            "VK7JG-NPHTM-C97JM-9MPGT-3V66T, 3308, 0, 13e0625b9ef4aa, 730, false, false",
            "W269N-WFGWX-YVC9B-4J6C9-T83GX, 3311, 1, 1baf538e714f4d, 606, false, false",
            "YTMG3-N6DKC-DKB77-7M9GH-8HVX7, 3261, 0, 27fdcf16f6cef, 748, false, false",
            "VDYBN-27WPP-V4HQT-9VMD4-VMK7H, 4541, 1, 1d3995da857e61, 597, false, false",
            "NPPR9-FWDCX-D2C8J-H872K-2YT43, 3290, 3, f99457819d8c6, 51, false, false",
            "NJCF7-PW8QT-3324D-688JX-2YV66, 3892, 1, 49f8e0a70ba9b, 33, false, false",
            "VKCF7-HV62C-944TY-YJ9NF-6Q83G, 3892, 1, 49f8e0a70ba9b, 392, false, true"})
    void decodeGivesTheFieldsOfTheTestVectors(String key, int group, long serial, String security, int checksum,
            boolean upgrade, boolean extra) {
        String plain = key.replace("-", "");
        KeyValue value = Pkey2009.decode(plain.codePoints().toArray(), plain.indexOf('N'));

        assertThat(value.groupId()).isEqualTo(group);
        assertThat(value.serial()).isEqualTo(serial);
        assertThat(value.security()).isEqualTo(Long.parseLong(security, 16));
        assertThat(value.checksum()).isEqualTo(checksum);
        assertThat(value.upgrade()).isEqualTo(upgrade);
        assertThat(value.extra()).isEqualTo(extra);
        assertThat(value.checksumPasses()).isTrue();
        assertThat(Pkey2009.encode(value)).isEqualTo(plain);
    }

    @Test
    void decodeAgreesWithBigIntegerAndEncodeInvertsItForRandomKeys() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int run = 0; run < 20_000; run++) {
            String key = randomKeyWithOneN(random);
            KeyValue value = Pkey2009.decode(key.codePoints().toArray(), key.indexOf('N'));

            assertThat(toBigInteger(value)).as("seed %d, run %d", SEED, run).isEqualTo(bigDecode(key));
            assertThat(Pkey2009.encode(value)).as("seed %d, run %d", SEED, run).isEqualTo(key);
        }
    }

    @Test
    void fieldsRoundTripAndTheComputedChecksumAlwaysPasses() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int run = 0; run < 20_000; run++) {
            int group = random.nextInt(KeyValue.MAX_GROUP_ID + 1);
            long serial = random.nextLong(KeyValue.MAX_SERIAL + 1);
            long security = random.nextLong(KeyValue.MAX_SECURITY + 1);
            boolean upgrade = random.nextInt(8) == 0;
            boolean extra = random.nextInt(8) == 0;
            KeyValue value = KeyValue.of(group, serial, security, upgrade, extra);
            if (toBigInteger(value).compareTo(TWENTY_FOUR.pow(25)) >= 0) {
                // with the extra bit set, part of the 115-bit space lies beyond 25 base-24 digits
                assertThatThrownBy(() -> Pkey2009.encode(value)).isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            String key = Pkey2009.encode(value);
            KeyValue decoded = Pkey2009.decode(key.codePoints().toArray(), key.indexOf('N'));

            String seed = "seed " + (SEED + 1) + ", run " + run;
            assertThat(decoded).as(seed).isEqualTo(value);
            assertThat(decoded.groupId()).as(seed).isEqualTo(group);
            assertThat(decoded.serial()).as(seed).isEqualTo(serial);
            assertThat(decoded.security()).as(seed).isEqualTo(security);
            assertThat(decoded.upgrade()).as(seed).isEqualTo(upgrade);
            assertThat(decoded.extra()).as(seed).isEqualTo(extra);
            assertThat(decoded.checksumPasses()).as(seed).isTrue();
            assertThat(key.indexOf('N')).as(seed).isBetween(0, upgrade || extra ? 23 : 7);
            assertThat(decoded.withChecksum(decoded.checksum() ^ 1).checksumPasses()).as(seed).isFalse();
        }
    }

    @Test
    void aRandomStringWithOneNPassesTheChecksumAboutOnceInAThousand() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        int passes = 0;
        int runs = 200_000;
        for (int run = 0; run < runs; run++) {
            String key = randomKeyWithOneN(random);
            if (Pkey2009.decode(key.codePoints().toArray(), key.indexOf('N')).checksumPasses()) {
                passes++;
            }
        }
        // 1/1024 expected: 195 of 200,000; the bounds are five standard deviations wide.
        assertThat(passes).as("seed %d", SEED + 2).isBetween(125, 265);
    }

    @Test
    void anIncrementalDigitChangeEqualsDecodingTheChangedKey() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        for (int run = 0; run < 20_000; run++) {
            String key = randomKeyWithOneN(random);
            int nIndex = key.indexOf('N');
            int at = random.nextInt(25);
            if (at == nIndex) {
                continue;
            }
            int newDigit = random.nextInt(24);
            KeyValue value = Pkey2009.decode(key.codePoints().toArray(), nIndex);
            String changed = KeyFixtures.replace(key, at, ProductKeys.ALPHABET.charAt(newDigit));
            int oldDigit = ProductKeys.digit(key.charAt(at));
            int k = Pkey2009.weight(at, nIndex);

            KeyValue incremental = new KeyValue(Pkey2009.replacedHi(value.hi(), value.lo(), k, oldDigit, newDigit),
                    Pkey2009.replacedLo(value.lo(), k, oldDigit, newDigit));
            assertThat(incremental).as("seed %d, run %d", SEED + 3, run)
                    .isEqualTo(Pkey2009.decode(changed.codePoints().toArray(), nIndex));
        }
    }

    @Test
    void encodeRefusesValuesBeyondTwentyFiveDigits() {
        assertThatThrownBy(() -> Pkey2009.encode(new KeyValue(-1L, -1L))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomKeyWithOneN(SplittableRandom random) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            key.append(ProductKeys.ALPHABET.charAt(random.nextInt(24)));
        }
        return key.insert(random.nextInt(24), 'N').toString();
    }

    private static BigInteger bigDecode(String key) {
        BigInteger value = BigInteger.valueOf(key.indexOf('N'));
        for (char c : key.replace("N", "").toCharArray()) {
            value = value.multiply(TWENTY_FOUR).add(BigInteger.valueOf(ProductKeys.digit(c)));
        }
        return value;
    }

    private static BigInteger toBigInteger(KeyValue value) {
        return new BigInteger(Long.toUnsignedString(value.hi())).shiftLeft(64)
                .add(new BigInteger(Long.toUnsignedString(value.lo())));
    }
}
