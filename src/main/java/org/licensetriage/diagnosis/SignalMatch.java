package org.licensetriage.diagnosis;

/** One piece of keyword evidence: the signal and the words of the message that raised it. */
public record SignalMatch(Signal signal, String phrase) {
}
