package fr.proxima.app.web.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * Renders a page completely before anything is sent, so that a failure while rendering becomes the French 500 page
 * (and a line in the log) instead of a half-sent page or a connection left hanging.
 */
@Singleton
public class Pages {
    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final ThymeleafViewsRenderer<Map<String, Object>> renderer;
    private final PageModel common;
    private final ErrorPages errors;

    Pages(ThymeleafViewsRenderer<Map<String, Object>> renderer, PageModel common, ErrorPages errors) {
        this.renderer = renderer;
        this.common = common;
        this.errors = errors;
    }

    public MutableHttpResponse<String> ok(HttpRequest<?> request, String view, Map<String, Object> model) {
        return render(request, HttpStatus.OK, view, model);
    }

    public MutableHttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String view,
                                              Map<String, Object> model) {
        ModelAndView<Map<String, Object>> mav = new ModelAndView<>(view, model);
        try (StringWriter out = new StringWriter()) {
            common.process(request, mav);
            renderer.render(view, mav.getModel().orElse(model), request).writeTo(out);
            return HttpResponse.<String>status(status).body(out.toString()).contentType(HTML)
                    .header("Cache-Control", "no-store");
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot render the page {}", view, e);
            return errors.response(500, null, request);
        }
    }
}
