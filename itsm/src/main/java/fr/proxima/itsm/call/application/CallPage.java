package fr.proxima.itsm.call.application;

import fr.proxima.itsm.call.model.Call;

import java.util.List;

/** One page of calls and the number of calls the query matches within the scope. */
public record CallPage(List<Call> items, int page, int size, long total) {
}
