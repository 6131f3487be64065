/**
 * The inventory audit: a CSV of product keys (a spreadsheet export) read row by row, each key analysed, and a
 * report streamed back with a summary of validity, editions, channels, published keys and duplicates.
 */
@NullMarked
package org.licensetriage.audit;

import org.jspecify.annotations.NullMarked;
