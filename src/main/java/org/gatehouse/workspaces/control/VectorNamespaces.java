package org.gatehouse.workspaces.control;

import java.io.IOException;

/** The vector store's data for one workspace, named after its slug; dropped when the workspace is deleted. */
public interface VectorNamespaces {

    /** Removes the namespace; a namespace that does not exist is not an error. */
    void drop(String slug) throws IOException;
}
