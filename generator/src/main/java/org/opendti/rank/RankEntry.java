package org.opendti.rank;

import java.math.BigDecimal;

/** One line of a ranking. Equal totals share a rank: 1, 2, 2, 4. */
public record RankEntry(int rank, String unitId, BigDecimal total) {}
