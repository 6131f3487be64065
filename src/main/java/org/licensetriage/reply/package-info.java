/**
 * Customer replies: a diagnosis turned into a message the agent can send, in the customer's language, from
 * texts written for the customer (not the agent steps of the knowledge base).
 */
@NullMarked
package org.licensetriage.reply;

import org.jspecify.annotations.NullMarked;
