package org.opendti.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleNumber;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.opendti.diagnostic.Lang;

/**
 * The Freemarker configuration, built once per renderer. Strict: errors are rethrown, {@code ?api}
 * and {@code ?new} are disabled, {@code .ftlh} is HTML auto-escaped, no localized template lookup,
 * and every page is processed with a fixed locale and time zone. Numbers reach templates as strings
 * already formatted by {@link Lang}; {@code number_format} is "computer" so a stray number can
 * never come out in the machine's locale.
 *
 * <p>View records reach templates through {@link ViewWrapper}; each rendering thread encodes its
 * pages into its own reused {@link Utf8Buffer}.
 */
final class SiteTemplates {

  /**
   * A list of links longer than this folds under a summary, so that on a phone what follows a
   * heading is not a hundred links (a province's districts): {@code layout.linkList} and the
   * ranking page's other tables, which read it as {@code foldPast}; past it the home page lists a
   * group's tables instead of each one's leaders ({@link HomePage}).
   */
  static final int FOLD_PAST = 4;

  private final Configuration cfg;
  private final TimeZone pageTimeZone = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");
  private final Map<Lang, Locale> locales = new EnumMap<>(Lang.class);
  private final ThreadLocal<Utf8Buffer> buffers = ThreadLocal.withInitial(Utf8Buffer::new);

  SiteTemplates(Path dir) throws IOException {
    this(dir, java.util.List.of());
  }

  /**
   * @param messages the message bundles pages pass unchanged in {@code page.t}, wrapped once
   */
  SiteTemplates(Path dir, java.util.List<Map<String, String>> messages) throws IOException {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setDirectoryForTemplateLoading(dir.toFile());
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setLocalizedLookup(false);
    cfg.setLocale(java.util.Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setObjectWrapper(new ViewWrapper(messages));
    cfg.setSharedVariable("foldPast", new SimpleNumber(FOLD_PAST));
    for (Lang lang : Lang.values()) {
      locales.put(lang, lang.locale());
    }
  }

  /** Processes {@code name} (e.g. "ranking.ftlh") with the model, for the language's locale. */
  byte[] render(String name, Lang lang, Object model) {
    try {
      Template template = cfg.getTemplate(name);
      Utf8Buffer out = buffers.get();
      out.reset();
      Environment env = template.createProcessingEnvironment(model, out);
      env.setLocale(locales.get(lang));
      env.setTimeZone(pageTimeZone);
      env.process();
      return out.toByteArray();
    } catch (IOException | TemplateException e) {
      throw new SiteRenderException("Template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
