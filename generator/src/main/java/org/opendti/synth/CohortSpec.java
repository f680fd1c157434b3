package org.opendti.synth;

import java.util.Objects;
import org.opendti.diagnostic.Text;
import org.opendti.diagnostic.UsageException;

/**
 * The shape of a synthetic cohort: one fictional province with departments, districts and communes.
 *
 * <p>Example: {@code new CohortSpec("mau", "Tỉnh Mẫu", 12, 6, 6, 42)} gives 12 departments, 6
 * districts and 36 communes.
 *
 * @param provinceId id prefix for every unit, e.g. "mau"
 * @param seed the same seed always yields byte-identical files
 */
public record CohortSpec(
    String provinceId,
    String provinceName,
    int departments,
    int districts,
    int communesPerDistrict,
    long seed,
    Levels levels) {

  /** The level ids the generated units get; they must exist in the registry's levels. */
  public record Levels(String province, String department, String district, String commune) {
    /** The levels of this repository's {@code units/levels.json}. */
    public static final Levels STANDARD = new Levels("tinh", "so", "huyen", "xa");
  }

  public CohortSpec(
      String provinceId,
      String provinceName,
      int departments,
      int districts,
      int communesPerDistrict,
      long seed) {
    this(
        provinceId,
        provinceName,
        departments,
        districts,
        communesPerDistrict,
        seed,
        Levels.STANDARD);
  }

  public CohortSpec {
    Objects.requireNonNull(provinceId, "provinceId");
    Objects.requireNonNull(provinceName, "provinceName");
    Objects.requireNonNull(levels, "levels");
    if (!provinceId.matches("[a-z0-9][a-z0-9-]*")) {
      throw new UsageException(Text.of("usage.province-id", provinceId));
    }
    if (departments < 0 || districts < 0 || communesPerDistrict < 0) {
      throw new UsageException(Text.of("usage.negative-counts"));
    }
  }

  public int units() {
    return departments + districts + districts * communesPerDistrict;
  }
}
