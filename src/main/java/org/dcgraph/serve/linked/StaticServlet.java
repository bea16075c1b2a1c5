package org.dcgraph.serve.linked;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dcgraph.ClasspathResources;

/**
 * Files the jar carries under {@code web/}: the pages' stylesheet, scripts and icon, the JSON-LD context, and the
 * editor and drawing libraries npm put there at build time ({@code web/vendor/}).
 */
final class StaticServlet extends HttpServlet {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "css", "text/css", "js", "text/javascript", "jsonld", "application/ld+json", "json", "application/json",
            "map", "application/json", "txt", "text/plain", "ico", "image/x-icon");

    private final String folder;
    private final String fixedPath;

    /**
     * @param folder    classpath folder the request path is resolved in
     * @param fixedPath a single file to serve whatever the path, or null
     */
    StaticServlet(String folder, String fixedPath) {
        this.folder = folder;
        this.fixedPath = fixedPath;
    }

    /**
     * Every file served has an extension; a folder has none, and the class loader "finds" a folder as an empty
     * resource, which was answered 200 with no body.
     */
    private static boolean namesAFile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.indexOf('.') > 0;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = fixedPath != null ? fixedPath : request.getPathInfo();
        Optional<byte[]> bytes = path == null || path.contains("..") || !namesAFile(path) ? Optional.empty() : ClasspathResources.find(folder + path);
        if (bytes.isEmpty()) {
            new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request, "no such file").send(response);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        response.setStatus(HttpServletResponse.SC_OK);
        String mediaType = MEDIA_TYPES.getOrDefault(extension, "application/octet-stream");
        response.setContentType(mediaType);
        if (mediaType.startsWith("text/") || mediaType.startsWith("application/")) response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
