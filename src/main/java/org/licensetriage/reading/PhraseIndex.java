package org.licensetriage.reading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over many phrases: finds every occurrence of all of them in one pass over a
 * text, so the time stays linear in the text however many phrases the knowledge base holds.
 */
final class PhraseIndex<T> {

    /** One occurrence: {@code text.substring(start, end)} equals the phrase. */
    record Hit<T>(int start, int end, T payload) {
    }

    private final List<T> payloads;
    private final int[] lengths;
    private final char[][] edges;
    private final int[][] targets;
    private final int[] fail;
    private final int[][] outputs;
    // The root's moves for ASCII, looked up directly: the text falls back to the root at nearly every character.
    private final int[] rootAscii = new int[128];
    // Every state's move for the ASCII characters phrases use, fail links resolved (a DFA over those columns):
    // most pasted text is ASCII, and one array read per character replaces binary searches along fail links.
    // An ASCII character no phrase uses leads back to the root.
    private final int[] asciiColumn = new int[128];
    private final int width;
    private final int[] asciiNext;

    /** Builds the automaton; empty phrases are ignored. */
    PhraseIndex(List<Map.Entry<String, T>> phrases) {
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        payloads = new ArrayList<>();
        lengths = new int[phrases.size()];
        for (Map.Entry<String, T> phrase : phrases) {
            String text = phrase.getKey();
            int node = 0;
            for (int i = 0; i < text.length(); i++) {
                Integer next = trie.get(node).get(text.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                    trie.get(node).put(text.charAt(i), next);
                }
                node = next;
            }
            lengths[payloads.size()] = text.length();
            if (!text.isEmpty()) {
                ends.get(node).add(payloads.size());
            }
            payloads.add(phrase.getValue());
        }
        int size = trie.size();
        edges = new char[size][];
        targets = new int[size][];
        for (int node = 0; node < size; node++) {
            TreeMap<Character, Integer> children = trie.get(node);
            edges[node] = new char[children.size()];
            targets[node] = new int[children.size()];
            int i = 0;
            for (Map.Entry<Character, Integer> child : children.entrySet()) {
                edges[node][i] = child.getKey();
                targets[node][i++] = child.getValue();
            }
        }
        for (char c = 0; c < rootAscii.length; c++) {
            rootAscii[c] = search(0, c);
        }
        fail = new int[size];
        outputs = new int[size][];
        outputs[0] = new int[0];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        List<Integer> breadthFirst = new ArrayList<>();
        for (int child : targets[0]) {
            queue.add(child);
        }
        // Breadth first, so the fail state of a node (a shorter suffix) is complete before the node.
        while (!queue.isEmpty()) {
            int node = queue.poll();
            breadthFirst.add(node);
            List<Integer> own = ends.get(node);
            int[] inherited = outputs[fail[node]];
            int[] all = Arrays.copyOf(inherited, inherited.length + own.size());
            for (int i = 0; i < own.size(); i++) {
                all[inherited.length + i] = own.get(i);
            }
            outputs[node] = all;
            for (int i = 0; i < edges[node].length; i++) {
                int child = targets[node][i];
                int state = fail[node];
                int next = step(state, edges[node][i]);
                while (next < 0 && state != 0) {
                    state = fail[state];
                    next = step(state, edges[node][i]);
                }
                fail[child] = next < 0 || next == child ? 0 : next;
                queue.add(child);
            }
        }
        Arrays.fill(asciiColumn, -1);
        int columns = 0;
        for (char[] out : edges) {
            for (char c : out) {
                if (c < 128 && asciiColumn[c] < 0) {
                    asciiColumn[c] = columns++;
                }
            }
        }
        width = columns;
        asciiNext = new int[size * width];
        resolveAscii(breadthFirst);
    }

    /** Fills {@link #asciiNext} in breadth-first order, so a state's fail state is always done before it. */
    private void resolveAscii(List<Integer> breadthFirst) {
        for (char c = 0; c < 128; c++) {
            if (asciiColumn[c] >= 0) {
                asciiNext[asciiColumn[c]] = Math.max(rootAscii[c], 0);
            }
        }
        for (int node : breadthFirst) {
            for (char c = 0; c < 128; c++) {
                int column = asciiColumn[c];
                if (column >= 0) {
                    int child = search(node, c);
                    asciiNext[node * width + column] = child >= 0 ? child : asciiNext[fail[node] * width + column];
                }
            }
        }
    }

    /** Every occurrence of every phrase, ordered by end position. */
    List<Hit<T>> find(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                int column = asciiColumn[c];
                state = column < 0 ? 0 : asciiNext[state * width + column];
            } else {
                int next = step(state, c);
                while (next < 0 && state != 0) {
                    state = fail[state];
                    next = step(state, c);
                }
                state = Math.max(next, 0);
            }
            for (int phrase : outputs[state]) {
                hits.add(new Hit<>(i + 1 - lengths[phrase], i + 1, payloads.get(phrase)));
            }
        }
        return hits;
    }

    private int step(int state, char c) {
        if (state == 0 && c < 128) {
            return rootAscii[c];
        }
        return search(state, c);
    }

    private int search(int state, char c) {
        int at = Arrays.binarySearch(edges[state], c);
        return at < 0 ? -1 : targets[state][at];
    }
}
