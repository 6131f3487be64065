package org.licensetriage.reading;

/** One piece of keyword evidence: the signal and the words of the message that raised it. */
public record SignalMatch(Signal signal, String phrase) {
}
