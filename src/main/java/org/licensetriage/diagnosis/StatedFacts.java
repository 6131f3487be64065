package org.licensetriage.diagnosis;

import org.jspecify.annotations.Nullable;

/** What the agent knows about the device and the key; every fact is optional. */
public record StatedFacts(
        @Nullable KeySource keySource,
        @Nullable Boolean networkAvailable,
        @Nullable Boolean hardwareChanged,
        @Nullable Boolean virtualMachine,
        @Nullable Boolean organizationManaged,
        @Nullable String upgradedFrom,
        @Nullable Boolean clockCorrect,
        @Nullable Boolean elevated,
        @Nullable Boolean reinstalled) {

    public static final StatedFacts NONE = new StatedFacts(null, null, null, null, null, null, null, null, null);

    @Nullable Object get(Fact fact) {
        return switch (fact) {
            case KEY_SOURCE -> keySource;
            case NETWORK_AVAILABLE -> networkAvailable;
            case HARDWARE_CHANGED -> hardwareChanged;
            case VIRTUAL_MACHINE -> virtualMachine;
            case ORGANIZATION_MANAGED -> organizationManaged;
            case UPGRADED_FROM -> upgradedFrom;
            case CLOCK_CORRECT -> clockCorrect;
            case ELEVATED -> elevated;
            case REINSTALLED -> reinstalled;
        };
    }
}
