package org.qualcat.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Pages speak English and Chinese: {@code ?lang=zh} or {@code ?lang=en} switches, a cookie remembers. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("qualcat-lang");
    resolver.setDefaultLocaleFunction(request -> {
      Locale requested = request.getLocale();
      return requested != null && Locale.CHINESE.getLanguage().equals(requested.getLanguage())
          ? Locale.CHINESE : Locale.ENGLISH;
    });
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
