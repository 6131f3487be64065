package org.licensetriage.keys;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/**
 * Analyses one product key as typed: its format and checksum, what it is, whether it fits the installed edition,
 * how it was probably mistyped, and which activation errors it would cause. Thread-safe; no I/O per call; never
 * throws for any string.
 */
public final class KeyAnalyser {

    private static final int MAX_CHARACTER_FINDINGS = 10;
    private static final int LENGTH = ProductKeys.LENGTH;

    private final KeyCatalog catalog;
    private final KeyIdentifier identifier;
    private final RepairSearch repairs;

    public KeyAnalyser(KeyCatalog catalog) {
        this.catalog = catalog;
        this.identifier = new KeyIdentifier(catalog);
        this.repairs = new RepairSearch(catalog);
    }

    public KeyAnalysis analyse(String input, @Nullable String installedEdition) {
        NormalizedKey key = KeyNormalizer.normalize(input);
        List<Finding> findings = new ArrayList<>();
        if (key.nonAsciiNormalised()) {
            findings.add(Findings.nonAsciiInput());
        }
        Shape shape = shape(key, findings);
        KeyValue value = shape.format() == KeyFormat.WIN8_PLUS ? Pkey2009.decode(key.codePoints(), shape.nIndex())
                : null;
        ChecksumStatus checksum = value == null ? ChecksumStatus.NOT_APPLICABLE
                : value.checksumPasses() ? ChecksumStatus.PASSED : ChecksumStatus.FAILED;
        if (checksum == ChecksumStatus.FAILED) {
            findings.add(Findings.checksumFailed());
        }
        if (value != null && (value.upgrade() || value.extra())) {
            findings.add(Findings.unusualBits(shape.nIndex() + 1, value.upgrade(), value.extra()));
        }
        boolean valid = shape.format() != KeyFormat.MALFORMED && checksum != ChecksumStatus.FAILED;
        PublishedKey published = valid ? catalog.published(key.value()).orElse(null) : null;
        Identification identification = valid && (value != null || published != null)
                ? identifier.identify(value, published) : null;
        if (identification != null) {
            identify(identification, findings);
        }
        Boolean editionMatch = editionMatch(identification, installedEdition, findings);

        RepairSearch.Result repair = published != null ? RepairSearch.Result.NONE : repairs.search(key, value);
        if (shape.format() == KeyFormat.LEGACY && published == null) {
            boolean nRepair = repair.candidates().stream().anyMatch(c -> c.key().indexOf('N') >= 0);
            findings.add(nRepair ? Findings.missingN(true, Severity.WARNING) : Findings.legacyKey());
        }
        List<Suggestion> suggestions = repair.candidates().stream().map(this::suggestion).toList();

        Set<FindingCode> codes = EnumSet.noneOf(FindingCode.class);
        findings.forEach(f -> codes.add(f.code()));
        KeyIdentity identity = identification == null ? null : identification.identity();
        return new KeyAnalysis(normalizedForm(key), ProductKeys.maskNormalized(key.value()), shape.format(), checksum,
                valid, findings, suggestions, repair.unique(), identity, editionMatch,
                RelatedErrors.of(codes, identity));
    }

    /** The edition ID a name people use stands for ("Windows 11 Pro", "ホーム"), if it is one we know. */
    public Optional<String> editionId(String name) {
        return catalog.editionNames().parse(name).map(InstalledEdition::editionId);
    }

    /** The display name ("Windows 11 Pro") of an edition as people name it, if it is one we know. */
    public Optional<LocalizedText> editionName(String name) {
        return catalog.editionNames().parse(name).map(InstalledEdition::displayName);
    }

    /** Whether a key's edition ID and an edition as people name it are the same edition. */
    public boolean sameEdition(String keyEditionId, String name) {
        return editionId(name).map(installed -> EditionNames.sameEdition(keyEditionId, installed)).orElse(false);
    }

    /** The published keys ending in these five characters, which is all slmgr /dli shows of a key. */
    public List<KeyIdentity> publishedEndingWith(String lastGroup) {
        return lastGroup.length() == 5 ? identifier.publishedEndingWith(lastGroup.toUpperCase(java.util.Locale.ROOT))
                : List.of();
    }

    /** What a key group is, as slmgr /dlv names it in the Extended PID. */
    public Optional<KeyIdentity> group(int groupId) {
        return identifier.group(groupId);
    }

    /** Classifies the normalised input and adds the findings about its form. */
    private static Shape shape(NormalizedKey key, List<Finding> findings) {
        int length = key.length();
        List<Integer> nPositions = new ArrayList<>(2);
        int invalid = 0;
        for (int i = 0; i < length; i++) {
            int c = key.at(i);
            if (c == 'N') {
                nPositions.add(i + 1);
            } else if (ProductKeys.digit(c) < 0) {
                if (invalid++ < MAX_CHARACTER_FINDINGS) {
                    findings.add(Findings.invalidCharacter(c, i + 1, length));
                }
            }
        }
        if (invalid > MAX_CHARACTER_FINDINGS) {
            findings.add(Findings.moreInvalidCharacters(invalid - MAX_CHARACTER_FINDINGS));
        }
        int nIndex = nPositions.isEmpty() ? -1 : nPositions.get(0) - 1;
        if (length == 0) {
            findings.add(Findings.empty());
        } else if (length != LENGTH) {
            findings.add(0, Findings.wrongLength(length));
            if (length == LENGTH - 1 && nPositions.isEmpty() && invalid == 0) {
                findings.add(Findings.missingN(false, Severity.ERROR));
            }
        } else if (invalid == 0 && nPositions.size() >= 2) {
            findings.add(Findings.multipleN(nPositions));
        } else if (invalid == 0 && nIndex == LENGTH - 1) {
            findings.add(Findings.nInLastPosition());
        } else if (invalid == 0) {
            return new Shape(nPositions.isEmpty() ? KeyFormat.LEGACY : KeyFormat.WIN8_PLUS, nIndex);
        }
        return new Shape(KeyFormat.MALFORMED, nIndex);
    }

    private static void identify(Identification identification, List<Finding> findings) {
        PublishedKey published = identification.published();
        KeyIdentity identity = identification.identity();
        if (published != null) {
            var edition = Objects.requireNonNull(identity.edition());
            findings.add(published.knownAs() == KnownAs.GENERIC ? Findings.generic(edition)
                    : Findings.kmsClient(edition));
        } else if (identity.groupId() != null && identification.group() == null) {
            findings.add(Findings.unknownGroup(identity.groupId()));
        }
        if (identification.prerelease()) {
            findings.add(Findings.prerelease(Objects.requireNonNull(identity.groupId())));
        }
    }

    private @Nullable Boolean editionMatch(@Nullable Identification identification, @Nullable String installedEdition,
            List<Finding> findings) {
        if (installedEdition == null || installedEdition.isBlank()) {
            return null;
        }
        Optional<InstalledEdition> installed = catalog.editionNames().parse(installedEdition);
        if (installed.isEmpty()) {
            findings.add(Findings.unknownEdition());
            return null;
        }
        if (identification == null || identification.editionIds().isEmpty()) {
            return null;
        }
        InstalledEdition edition = installed.get();
        boolean sameEdition = identification.editionIds().stream()
                .anyMatch(id -> EditionNames.sameEdition(id, edition.editionId()));
        // Windows 10 and 11 share keys; other releases (a Windows 7 or Server 2019 key on Server 2022) do not.
        boolean sameRelease = identification.release() == null || edition.release() == null
                || identification.release() == edition.release();
        boolean match = sameEdition && sameRelease;
        if (!match) {
            findings.add(Findings.editionMismatch(Objects.requireNonNull(identification.identity().edition()),
                    edition.displayName()));
        }
        return match;
    }

    private Suggestion suggestion(RepairSearch.Candidate candidate) {
        var edition = identifier.identify(candidate.value(), candidate.published()).identity().edition();
        return new Suggestion(ProductKeys.grouped(candidate.key()), candidate.changes(), candidate.reason(),
                RepairExplanations.explain(candidate, edition));
    }

    private static String normalizedForm(NormalizedKey key) {
        return key.length() == LENGTH ? ProductKeys.grouped(key.value()) : key.value();
    }

    private record Shape(KeyFormat format, int nIndex) {
    }
}
