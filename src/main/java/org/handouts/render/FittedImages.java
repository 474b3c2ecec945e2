package org.handouts.render;

import com.openhtmltopdf.extend.FSImage;
import com.openhtmltopdf.extend.ReplacedElement;
import com.openhtmltopdf.extend.ReplacedElementFactory;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfBoxImage;
import com.openhtmltopdf.pdfboxout.PdfBoxImageElement;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.BlockBox;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.handouts.images.KeptFile;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * Every raster picture drawn in proportion and on the page, whatever CSS a layout writes. openhtmltopdf
 * draws a picture into its CSS box as it is, so a box of another shape stretches it (it ignores
 * {@code object-fit}), and a picture without a CSS size is placed at 96 pixels per inch, however wide.
 * This factory sits in front of openhtmltopdf's own and:
 * <ul>
 *   <li>gives a picture whose box has both a width and a height a copy cropped to that box's shape, around
 *       its centre: what {@code object-fit: cover} means, the way layouts use it for hero bands;</li>
 *   <li>shrinks a picture without a CSS size to the width of its column and to most of a page's height,
 *       keeping its shape, so a 1200-pixel photo neither runs off the edge nor splits over two pages.</li>
 * </ul>
 * Everything else (SVG, QR codes, PDF pages, pictures already in proportion) goes to openhtmltopdf as it is.
 */
final class FittedImages implements ReplacedElementFactory {

    /** Below this difference in shape a crop would only lose pixels to rounding. */
    private static final double SAME_SHAPE = 0.01;
    /** A picture may take at most this share of a page's height, so a caption or the next line still fits. */
    private static final double MAX_PAGE_SHARE = 0.85;

    private final ReplacedElementFactory openhtmltopdf;
    private final PdfBoxOutputDevice output;

    FittedImages(ReplacedElementFactory openhtmltopdf, PdfBoxOutputDevice output) {
        this.openhtmltopdf = openhtmltopdf;
        this.output = output;
    }

    @Override
    public ReplacedElement createReplacedElement(LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
        Element element = box.getElement();
        if (element != null && isRasterPicture(element)) {
            String src = element.getAttribute("src");
            boolean interpolate = box.getStyle().isImageRenderingInterpolate();
            if (cssWidth > 0 && cssHeight > 0) {
                PdfBoxImage cropped = cropped(uac, src, cssWidth, cssHeight);
                if (cropped != null) {
                    return new PdfBoxImageElement(element, cropped, c.getSharedContext(), interpolate);
                }
            } else if (cssWidth <= 0 && cssHeight <= 0) {
                FSImage fitted = fitted(c, box, uac, src);
                if (fitted != null) {
                    return new PdfBoxImageElement(element, fitted, c.getSharedContext(), interpolate);
                }
            }
        }
        return openhtmltopdf.createReplacedElement(c, box, uac, cssWidth, cssHeight);
    }

    @Override
    public boolean isReplacedElement(Element e) {
        return openhtmltopdf.isReplacedElement(e);
    }

    private static boolean isRasterPicture(Element element) {
        if (!element.getNodeName().equals("img")) {
            return false;
        }
        String src = element.getAttribute("src").toLowerCase(Locale.ROOT);
        return !src.isEmpty() && !src.startsWith("data:") && !src.endsWith(".svg") && !src.endsWith(".pdf");
    }

    /** The picture cut to the box's shape and sized to it; null when it already has that shape or cannot be read. */
    private PdfBoxImage cropped(UserAgentCallback uac, String src, int boxWidth, int boxHeight) {
        FSImage original = uac.getImageResource(src, ExternalResourceType.IMAGE_RASTER).getImage();
        if (!(original instanceof PdfBoxImage) || original.getWidth() <= 0 || original.getHeight() <= 0) {
            return null;
        }
        double boxShape = (double) boxWidth / boxHeight;
        double pictureShape = (double) original.getWidth() / original.getHeight();
        if (Math.abs(boxShape / pictureShape - 1) <= SAME_SHAPE) {
            return null;
        }
        try {
            byte[] croppedBytes = keptCrop(src, boxShape).orElse(null);
            if (croppedBytes == null) {
                byte[] bytes = uac.getBinaryResource(src, ExternalResourceType.IMAGE_RASTER);
                if (bytes == null) {
                    return null;
                }
                croppedBytes = PictureCrop.toShape(bytes, boxWidth, boxHeight);
                keep(src, boxShape, croppedBytes);
            }
            PdfBoxImage image = new PdfBoxImage(croppedBytes, src);
            image.scale(boxWidth, boxHeight);
            output.realizeImage(image);
            return image;
        } catch (IOException | RuntimeException e) {
            return null; // openhtmltopdf draws it as it would have; the picture was checked when it was prepared
        }
    }

    /** The height of a page's content area, from the page being laid out or the last one made so far. */
    private static double pageContentHeight(LayoutContext c) {
        var page = c.getPage();
        if (page == null && c.getRootLayer() != null) {
            page = c.getRootLayer().getLastPage();
        }
        return page == null ? Double.MAX_VALUE : page.getContentHeight(c);
    }

    /**
     * A crop is kept beside the prepared picture it was cut from, named by its shape, so a hero is decoded
     * and cut once, not in every layout and booklet of every build (a 100-article booklet cut 100 heroes).
     */
    private static Optional<Path> cropFile(String src, double shape) {
        try {
            URI uri = URI.create(src);
            if (!"file".equalsIgnoreCase(uri.getScheme())) {
                return Optional.empty();
            }
            Path picture = Path.of(uri);
            return Optional.of(picture.resolveSibling(picture.getFileName() + String.format(Locale.ROOT, ".cover-%.4f.jpg", shape)));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> keptCrop(String src, double shape) {
        return cropFile(src, shape).flatMap(KeptFile::read);
    }

    private static void keep(String src, double shape, byte[] crop) {
        Optional<Path> file = cropFile(src, shape);
        if (file.isPresent()) {
            try {
                KeptFile.write(file.get(), crop);
            } catch (IOException e) {
                // Not kept: the next build cuts it again.
            }
        }
    }

    /** A copy of the picture no wider than its column and no taller than most of a page; null when it fits. */
    private static FSImage fitted(LayoutContext c, BlockBox box, UserAgentCallback uac, String src) {
        FSImage original = uac.getImageResource(src, ExternalResourceType.IMAGE_RASTER).getImage();
        if (!(original instanceof PdfBoxImage image) || image.getWidth() <= 0 || image.getHeight() <= 0) {
            return null;
        }
        double maxWidth = box.getContainingBlockWidth();
        double maxHeight = pageContentHeight(c) * MAX_PAGE_SHARE;
        double scale = Math.min(1, Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()));
        if (maxWidth <= 0 || scale >= 1) {
            return null;
        }
        // A copy: openhtmltopdf keeps one image per address, and the same picture may be drawn elsewhere at its own size.
        PdfBoxImage copy = new PdfBoxImage(image.getBytes(), image.getUri(), image.getWidth(), image.getHeight(), image.getXObject());
        copy.scale((int) Math.floor(image.getWidth() * scale), (int) Math.floor(image.getHeight() * scale));
        return copy;
    }
}
