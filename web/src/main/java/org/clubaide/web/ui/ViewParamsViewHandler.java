package org.clubaide.web.ui;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a page's view parameters (the request's {@code id}, where to go after login) in the address
 * its forms post to, so that a refused form shows the page again under the same address: it can
 * still be reloaded, shared, or switched to another language.
 */
public class ViewParamsViewHandler extends ViewHandlerWrapper {

  /** Wraps the application's view handler. */
  public ViewParamsViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = super.getActionURL(context, viewId);
    UIViewRoot root = context.getViewRoot();
    if (root == null || !viewId.equals(root.getViewId())) {
      return url;
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
      String value = parameter.getStringValue(context);
      if (value != null && !value.isEmpty()) {
        parameters.put(parameter.getName(), List.of(value));
      }
    }
    return parameters.isEmpty()
        ? url
        : context.getExternalContext().encodeBookmarkableURL(url, parameters);
  }
}
