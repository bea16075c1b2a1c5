package org.dcgraph.serve.linked;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dcgraph.store.Dumps;
import org.dcgraph.store.Store;

/**
 * {@code /dumps/dcgraph.nq.gz} and {@code /dumps/dcgraph.ttl.gz}: the dumps of the content the server now serves (those
 * of its generation), never those of an earlier one. Served as gzip files, not with a gzip Content-Encoding, so what a
 * client saves is what VoID and DCAT describe: a compressed dump.
 */
final class DumpServlet extends HttpServlet {
    private static final Map<String, String> FILES = Map.of(Dumps.NQUADS, "application/gzip", Dumps.TURTLE, "application/gzip");

    private final transient Path folder;
    private final transient DatasetGraph dataset;

    DumpServlet(Path folder, DatasetGraph dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Path> current = Dumps.current(folder, Store.generationOf(dataset));
        if (!FILES.containsKey(name) || current.isEmpty()) {
            new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request,
                    "the dumps are " + String.join(" and ", FILES.keySet().stream().sorted().toList())
                    + (folder == null ? ", and this server was started without them"
                       : current.isEmpty() ? ", and those of the content now served are not written" : "")).send(response);
            return;
        }
        Path file = current.get().resolve(name);
        // Opened before its length is read: a write that commits meanwhile removes the file, not an open one.
        try (FileChannel channel = FileChannel.open(file)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(FILES.get(name));
            response.setContentLengthLong(channel.size());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            Channels.newInputStream(channel).transferTo(response.getOutputStream());
        } catch (NoSuchFileException e) {
            new RefusedRequest(HttpServletResponse.SC_NOT_FOUND, request,
                    "the content changed while the dump was asked for: ask again for the dumps of the new one").send(response);
        }
    }
}
