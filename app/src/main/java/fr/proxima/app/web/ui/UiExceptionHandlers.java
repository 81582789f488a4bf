package fr.proxima.app.web.ui;

import fr.proxima.app.web.ui.session.CsrfRejected;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Errors a page does not handle itself become the UI's French error pages. */
final class UiExceptionHandlers {
    private UiExceptionHandlers() {
    }

    /** An API error a page did not expect (a 404 for a ticket out of scope, a 403...): its status, in words. */
    @Singleton
    @Produces("text/html")
    @Requires(classes = ExceptionHandler.class)
    static class ApiErrors implements ExceptionHandler<ApiError, HttpResponse<String>> {
        private final ErrorPages pages;

        ApiErrors(ErrorPages pages) {
            this.pages = pages;
        }

        @Override
        public HttpResponse<String> handle(HttpRequest request, ApiError e) {
            int status = e.status() == 401 ? 403 : e.status();
            return pages.response(status, status == 404 ? null : e.detail(), request);
        }
    }

    @Singleton
    @Produces("text/html")
    @Requires(classes = ExceptionHandler.class)
    static class Csrf implements ExceptionHandler<CsrfRejected, HttpResponse<String>> {
        private final ErrorPages pages;

        Csrf(ErrorPages pages) {
            this.pages = pages;
        }

        @Override
        public HttpResponse<String> handle(HttpRequest request, CsrfRejected e) {
            return pages.response(403, e.getMessage(), request);
        }
    }
}
