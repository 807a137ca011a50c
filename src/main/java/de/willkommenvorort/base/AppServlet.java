package de.willkommenvorort.base;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.WebComponentBootstrapHandler;
import com.vaadin.flow.server.communication.WebComponentProvider;
import com.vaadin.flow.spring.RootMappedCondition;
import com.vaadin.flow.spring.SpringBootAutoConfiguration;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.SpringVaadinServletService;
import com.vaadin.flow.spring.VaadinConfigurationProperties;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's servlet without two costs that the load benchmark's flight recording found on every
 * request that reaches Vaadin (a contact form, a page not yet kept), registered the way Vaadin's
 * Spring Boot configuration lets an app replace its servlet:
 * <ul>
 * <li>Vaadin first looks for every address among the static files of some two hundred jars, in
 * four places each, and only then opens the view: a quarter of the processor under load. For an
 * address known to open a view (found once by {@link ServerPageFilter}) and for Vaadin's own round
 * trips ({@code ?v-r=}) that search finds nothing, and is skipped.</li>
 * <li>The handlers for exported web components ask a registry under one lock for the whole app
 * whether there are any, on every request: with 200 requests at once they queued there for
 * hundreds of milliseconds. The app exports none, so they are left out.</li>
 * </ul>
 */
class AppServlet extends SpringServlet {

    private final ApplicationContext context;

    AppServlet(ApplicationContext context, boolean rootMapping) {
        super(context, rootMapping);
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        SpringVaadinServletService service = new SpringVaadinServletService(this, configuration, context) {
            @Override
            protected List<RequestHandler> createRequestHandlers() throws ServiceException {
                List<RequestHandler> handlers = super.createRequestHandlers();
                handlers.removeIf(handler -> handler instanceof WebComponentProvider
                        || handler instanceof WebComponentBootstrapHandler);
                return handlers;
            }
        };
        service.init();
        return service;
    }

    @Override
    protected boolean serveStaticOrWebJarRequest(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String query = request.getQueryString();
        if (ServerPageFilter.opensView(request) || (query != null && query.contains("v-r="))) {
            return false;
        }
        return super.serveStaticOrWebJarRequest(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ServletRegistrationBean<SpringServlet> servletRegistrationBean(ApplicationContext context,
                ObjectProvider<MultipartConfigElement> multipartConfig, VaadinConfigurationProperties properties) {
            return SpringBootAutoConfiguration.configureServletRegistrationBean(multipartConfig, properties,
                    new AppServlet(context, RootMappedCondition.isRootMapping(properties.getUrlMapping())));
        }
    }
}
