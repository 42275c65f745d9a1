package dev.corpusaudit.generate;

import java.util.SortedMap;

/**
 * What a {@link CorpusGenerator} run wrote.
 *
 * @param records                     records written (lines of {@code corpus.jsonl} and of {@code labels.jsonl})
 * @param textChars                   total length of all {@code text} values, in UTF-16 chars
 * @param labelledRecordsPerCategory  for each planted category, how many records carry its label
 * @param members                     distinct members who wrote the records
 * @param sideFileLines               for each side file ({@code members.csv}, {@code messages.jsonl}, ...), its
 *                                    lines without the header
 */
public record GenerationStats(long records, long textChars, SortedMap<String, Long> labelledRecordsPerCategory,
                              long members, SortedMap<String, Long> sideFileLines) {
}
