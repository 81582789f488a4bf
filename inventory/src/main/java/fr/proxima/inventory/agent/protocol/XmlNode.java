package fr.proxima.inventory.agent.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An element of a parsed OCS message: its name, its text and its child elements, in order. */
public final class XmlNode {
    private final String name;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlNode> children = new ArrayList<>();

    XmlNode(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The element's own text, trimmed ({@code ""} when none). */
    public String text() {
        return text.toString().trim();
    }

    StringBuilder textBuffer() {
        return text;
    }

    public List<XmlNode> children() {
        return children;
    }

    /** The child elements with that name. */
    public List<XmlNode> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    public Optional<XmlNode> first(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** The trimmed text of the first child with that name, or null when absent or blank. */
    public String value(String childName) {
        return first(childName).map(XmlNode::text).filter(s -> !s.isEmpty()).orElse(null);
    }
}
