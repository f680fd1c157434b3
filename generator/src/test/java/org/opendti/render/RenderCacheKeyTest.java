package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The render cache's view digest is unambiguous: what toString would confuse, it does not. */
class RenderCacheKeyTest {

  record Row(String a, String b) {}

  record Other(String a, String b) {}

  private static String digest(Object view) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    RenderCache.digest(d, view);
    return HexFormat.of().formatHex(d.digest());
  }

  @Test
  void equalViewsHaveEqualKeysAndDifferentOnesDiffer() throws Exception {
    assertThat(digest(new Row("x", "y"))).isEqualTo(digest(new Row("x", "y")));
    // Same toString-like text, different structure.
    assertThat(digest(List.of("a, b"))).isNotEqualTo(digest(List.of("a", "b")));
    assertThat(digest(new Row("x, b=y", ""))).isNotEqualTo(digest(new Row("x", "y")));
    assertThat(digest(new Row("x", null))).isNotEqualTo(digest(new Row("x", "")));
    assertThat(digest(new Row("1", "2"))).isNotEqualTo(digest(new Other("1", "2")));
    assertThat(digest(List.of(1))).isNotEqualTo(digest(List.of("1")));
    assertThat(digest(List.of(true))).isNotEqualTo(digest(List.of(false)));
  }

  @Test
  void aValueItCannotKeyIsRefused() {
    assertThatThrownBy(() -> digest(new Object())).isInstanceOf(IllegalArgumentException.class);
  }
}
