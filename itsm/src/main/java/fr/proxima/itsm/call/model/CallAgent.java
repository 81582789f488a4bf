package fr.proxima.itsm.call.model;

import java.util.Objects;

/** The CAN agent who logged a call: the user account's id (absent for the system) and username. */
public record CallAgent(Long userId, String username) {
    public CallAgent {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("an agent has a username");
        }
    }
}
