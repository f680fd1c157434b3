/**
 * Ranking ({@code 004_…} Điều 6): {@link org.opendti.rank.Ranker} turns unit scores into ranking
 * tables per framework, period, ranking group and partition, with shared ranks for equal totals.
 */
package org.opendti.rank;
