package uk.awarding.catalogue.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of catalogue-service. */
@ConfigMapping(prefix = "catalogue")
public interface CatalogueConfig {

    /** Where the qualification data files live on the class path. */
    @WithDefault("catalogue/qualifications")
    String dataLocation();

    /** Whether to load changed data files into the database at start (off only for tools that must not write). */
    @WithDefault("true")
    boolean loadDataAtStart();
}
