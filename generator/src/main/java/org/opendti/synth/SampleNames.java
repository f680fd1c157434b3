package org.opendti.synth;

import java.util.List;

/**
 * Fictional unit names. Every district and commune name starts with "Mẫu" (sample) so no generated
 * unit can be mistaken for a real one; department names are generic since their province is
 * fictional.
 */
final class SampleNames {

  private static final List<String> WORDS =
      List.of(
          "An", "Bình", "Cát", "Dương", "Đông", "Gia", "Hòa", "Hưng", "Khánh", "Lâm", "Long",
          "Minh", "Nam", "Ngọc", "Phú", "Phước", "Quang", "Sơn", "Tân", "Thạnh", "Thịnh", "Trung",
          "Vĩnh", "Xuân", "Yên", "Ánh", "Đức", "Hải", "Lộc", "Mỹ");

  private static final List<String> DEPARTMENTS =
      List.of(
          "Sở Nội vụ",
          "Sở Tài chính",
          "Sở Tư pháp",
          "Sở Y tế",
          "Sở Giáo dục và Đào tạo",
          "Sở Xây dựng",
          "Sở Công Thương",
          "Sở Nông nghiệp và Môi trường",
          "Sở Khoa học và Công nghệ",
          "Sở Văn hóa, Thể thao và Du lịch",
          "Sở Dân tộc và Tôn giáo",
          "Thanh tra tỉnh",
          "Văn phòng UBND tỉnh",
          "Sở Ngoại vụ",
          "Ban Quản lý các khu công nghiệp");

  private SampleNames() {}

  /** The n-th (0-based) distinct word combination, e.g. "Mẫu An", "Mẫu Bình", … "Mẫu An 2". */
  static String place(int n) {
    String word = WORDS.get(n % WORDS.size());
    int round = n / WORDS.size();
    return "Mẫu " + word + (round == 0 ? "" : " " + (round + 1));
  }

  static String department(int n) {
    String name = DEPARTMENTS.get(n % DEPARTMENTS.size());
    int round = n / DEPARTMENTS.size();
    return round == 0 ? name : name + " " + (round + 1);
  }
}
