package fr.proxima.itsm.comment;

/** Who may read a comment: everyone who reads the ticket, or the staff only. */
public enum CommentVisibility {
    PUBLIC, INTERNAL
}
