/** Helpers of {@code org.opendti.git}: no API promise. */
package org.opendti.git.internal;
