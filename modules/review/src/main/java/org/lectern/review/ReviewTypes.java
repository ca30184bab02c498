package org.lectern.review;

import java.util.List;
import org.apache.uima.UIMAFramework;
import org.apache.uima.fit.factory.TypeSystemDescriptionFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.lectern.type.ReviewProvenance;
import org.lectern.type.ReviewState;

/**
 * The types review adds to a document ({@link ReviewProvenance}, {@link ReviewState}), as a type system to merge
 * into the predicted XMI's own: a folder written before these types existed still loads with them.
 */
final class ReviewTypes {

    private static final List<String> NAMES = List.of(ReviewProvenance._TypeName, ReviewState._TypeName);

    private ReviewTypes() {}

    static TypeSystemDescription description() {
        TypeSystemDescription all;
        try {
            all = TypeSystemDescriptionFactory.createTypeSystemDescription();
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("Lectern's types are not on the classpath", e);
        }
        TypeSystemDescription review =
                UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        review.setName("LecternReviewTypes");
        review.setTypes(NAMES.stream()
                .map(all::getType)
                .peek(type -> {
                    if (type == null) {
                        throw new IllegalStateException("Lectern's review types are not on the classpath");
                    }
                })
                .toArray(TypeDescription[]::new));
        return review;
    }
}
