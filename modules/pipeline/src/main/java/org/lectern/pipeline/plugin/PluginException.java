package org.lectern.pipeline.plugin;

/** A plugin jar that cannot be used; the message names the jar and the reason. */
public class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }

    public PluginException(String message) {
        super(message);
    }
}
