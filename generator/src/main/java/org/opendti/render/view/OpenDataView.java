package org.opendti.render.view;

import java.util.List;

/**
 * The open-data page ({@code open-data.html}): what the site publishes as data and where, for
 * readers who want the numbers rather than the pages (the footer's "Dữ liệu mở" link).
 *
 * @param frameworks each framework with its published periods' files
 * @param datapackage every file described for programs ({@code data/datapackage.json})
 * @param units the unit registry with the mergers of 2025 ({@code data/units.json})
 * @param sampleNote whether some period holds sample units (the {@code sample} column is said)
 */
public record OpenDataView(
    List<FrameworkFiles> frameworks, DataFile datapackage, DataFile units, boolean sampleNote) {
  public OpenDataView {
    frameworks = List.copyOf(frameworks);
  }

  /**
   * @param title the framework's title in the page's language
   * @param titleLang "vi" on an English page of a framework with no English title, else ""
   * @param criteria its criteria page, which names each {@code criterion_<id>} column
   */
  public record FrameworkFiles(
      String title, String titleLang, Link criteria, List<PeriodFiles> periods) {
    public FrameworkFiles {
      periods = List.copyOf(periods);
    }
  }

  /**
   * @param period the period's id and dates ("2024: 15/11/2023 – 14/11/2024")
   * @param files the period's scores as a ranking page lists them (every unit's total, ranks,
   *     pillars and criteria: an Excel workbook, its numbers shown in the reader's own way; the
   *     same as CSV; the same and more as JSON), then its insights ({@code insights.json}: what-if,
   *     anomaly flags and rank intervals)
   */
  public record PeriodFiles(String period, List<DataFile> files) {
    public PeriodFiles {
      files = List.copyOf(files);
    }
  }
}
