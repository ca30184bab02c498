package org.lectern.pipeline.plugin;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader UIMA resource managers use when plugins are loaded: Lectern's own class loader first, then
 * each plugin's loader, so that engine classes, JCas classes and resources of every plugin are found by name.
 * Each plugin keeps its own loader (its classes are defined there), this one only delegates.
 */
public final class PluginClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final List<URLClassLoader> pluginLoaders;

    public PluginClassLoader(ClassLoader parent, List<URLClassLoader> pluginLoaders) {
        super("lectern-plugins", parent);
        this.pluginLoaders = List.copyOf(pluginLoaders);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (URLClassLoader loader : pluginLoaders) {
            try {
                return loader.loadClass(name);
            } catch (ClassNotFoundException e) {
                // not in this plugin: try the next one
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (URLClassLoader loader : pluginLoaders) {
            URL url = loader.findResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws java.io.IOException {
        List<URL> urls = new ArrayList<>();
        for (URLClassLoader loader : pluginLoaders) {
            urls.addAll(Collections.list(loader.findResources(name)));
        }
        return Collections.enumeration(urls);
    }
}
