package org.opendti.render;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TimeZone;

/**
 * The Freemarker configuration, built once per renderer. Strict: errors are rethrown, {@code ?api}
 * and {@code ?new} are disabled, {@code .ftlh} is HTML auto-escaped, no localized template lookup,
 * and every page is processed with a fixed locale and time zone. Numbers reach templates as strings
 * already formatted by {@link Lang}; {@code number_format} is "computer" so a stray number can
 * never come out in the machine's locale.
 */
final class SiteTemplates {

  private final Configuration cfg;

  SiteTemplates(Path dir) throws IOException {
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
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
  }

  /** Processes {@code name} (e.g. "ranking.ftlh") with the model, for the language's locale. */
  byte[] render(String name, Lang lang, Object model) {
    try {
      Template template = cfg.getTemplate(name);
      StringWriter out = new StringWriter();
      Environment env = template.createProcessingEnvironment(model, out);
      env.setLocale(lang.locale());
      env.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
      env.process();
      return out.toString().getBytes(StandardCharsets.UTF_8);
    } catch (IOException | TemplateException e) {
      throw new SiteRenderException("Template " + name + " failed: " + e.getMessage(), e);
    }
  }
}
