package org.dcgraph.serve.linked;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dcgraph.store.Dumps;

/**
 * {@code /dumps/dcgraph.nq.gz} and {@code /dumps/dcgraph.ttl.gz}: the files the build wrote. Served as gzip files, not
 * with a gzip Content-Encoding, so what a client saves is what VoID and DCAT describe: a compressed dump.
 */
final class DumpServlet extends HttpServlet {
    private static final Map<String, String> FILES = Map.of(Dumps.NQUADS, "application/gzip", Dumps.TURTLE, "application/gzip");

    private final transient Path folder;

    DumpServlet(Path folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!FILES.containsKey(name) || folder == null || !Files.exists(folder.resolve(name))) {
            new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request,
                    "the dumps are " + String.join(" and ", FILES.keySet().stream().sorted().toList())
                    + (folder == null ? ", and this server was started without them" : "")).send(response);
            return;
        }
        Path file = folder.resolve(name);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(FILES.get(name));
        response.setContentLengthLong(Files.size(file));
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        Files.copy(file, response.getOutputStream());
    }
}
