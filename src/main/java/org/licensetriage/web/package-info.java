/** Cross-cutting HTTP: problem-details mapping, language resolution, request limits, OpenAPI metadata. */
@NullMarked
package org.licensetriage.web;

import org.jspecify.annotations.NullMarked;
