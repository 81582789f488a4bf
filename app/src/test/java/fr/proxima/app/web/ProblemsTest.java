package fr.proxima.app.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    @Test
    void an_unknown_property_becomes_a_field_error_naming_it() {
        Problems.BodyError e = Problems.bodyError("Failed to convert argument [body] for value [null] due to: "
                + "Unknown property [resolution] encountered during deserialization of type: Resolve body");
        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo("resolution");
        assertThat(e.code()).isEqualTo("unknown_field");
    }

    @Test
    void class_names_and_following_lines_are_removed_from_framework_messages() {
        assertThat(Problems.clean("Cannot read fr.proxima.itsm.ticket.web.TicketRequests$Resolve here\n\tat x.y"))
                .doesNotContain("fr.proxima").doesNotContain("at x.y");
    }

    @Test
    void request_paths_become_field_names() {
        assertThat(Problems.fieldName("create.request.title")).isEqualTo("title");
        assertThat(Problems.fieldName("assign.body.version")).isEqualTo("version");
    }
}
