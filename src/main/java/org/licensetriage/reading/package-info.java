/**
 * Reading: pasted text (dialogs, slmgr, PowerShell, ospp, DISM, event log, service control, the customer's
 * words) in, one {@link org.licensetriage.reading.Observation} out. Knows no causes.
 */
@NullMarked
package org.licensetriage.reading;

import org.jspecify.annotations.NullMarked;
