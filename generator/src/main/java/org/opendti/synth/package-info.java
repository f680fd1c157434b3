/**
 * Synthetic, deterministic cohorts: fictional units and full submissions for any framework, for the
 * sample site and for benchmarks. Everything generated is marked {@code sample}.
 */
package org.opendti.synth;
