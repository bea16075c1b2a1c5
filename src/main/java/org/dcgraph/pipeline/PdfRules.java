package org.dcgraph.pipeline;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The short horizontal rules a page draws (a stroked line or a filled rectangle a point or two high), as the
 * rule above a page's footnotes is drawn when it is not printed as underscores. Positions are measured from the
 * top of the page, as PDFBox measures the text.
 */
final class PdfRules extends PDFGraphicsStreamEngine {
    /** The footnote separator of UN documents is an inch or two long; a table border or a page-wide line is longer. */
    private static final double MIN_LENGTH = 30;
    private static final double MAX_LENGTH = 260;
    private static final double MAX_THICKNESS = 2;

    private final float top;
    private final List<Float> rules = new ArrayList<>();
    private final List<Float> pending = new ArrayList<>();
    private Point2D current = new Point2D.Float();

    private PdfRules(PDPage page) {
        super(page);
        this.top = page.getCropBox().getUpperRightY();
    }

    /** The y (from the top) of each short horizontal rule the page draws. */
    static List<Float> of(PDPage page) throws IOException {
        PdfRules finder = new PdfRules(page);
        finder.processPage(page);
        return finder.rules;
    }

    private void candidate(double x0, double y0, double x1, double y1) {
        double length = Math.abs(x1 - x0);
        if (Math.abs(y1 - y0) <= MAX_THICKNESS && length >= MIN_LENGTH && length <= MAX_LENGTH) {
            pending.add((float) (top - (y0 + y1) / 2));
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        candidate(minX, minY, maxX, maxY);
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        candidate(current.getX(), current.getY(), x, y);
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {}

    /** A path ended without painting (a clipping path) draws nothing. */
    @Override
    public void endPath() {
        pending.clear();
    }

    @Override
    public void strokePath() {
        paint();
    }

    @Override
    public void fillPath(int windingRule) {
        paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint();
    }

    private void paint() {
        rules.addAll(pending);
        pending.clear();
    }

    @Override
    public void drawImage(PDImage image) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
}
