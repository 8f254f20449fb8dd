package crdapps

import (
	"context"
	"errors"

	routes "github.com/openshift/client-go/route/clientset/versioned"
	v1alpha1 "github.com/stakater/Forecastle/v1/pkg/apis/forecastle/v1alpha1"
	"github.com/stakater/Forecastle/v1/pkg/kube"
	"github.com/stakater/Forecastle/v1/pkg/kube/wrappers"
	ingressroutes "github.com/traefik/traefik/v2/pkg/provider/kubernetes/crd/generated/clientset/versioned"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	gateway "sigs.k8s.io/gateway-api/pkg/client/clientset/versioned"
)

func getURL(clients kube.Clients, forecastleApp v1alpha1.ForecastleApp) (string, error) {
	if len(forecastleApp.Spec.URL) == 0 {
		return discoverURLFromRefs(clients, forecastleApp)

	}
	return forecastleApp.Spec.URL, nil
}

func discoverURLFromIngressRef(kubeClient kubernetes.Interface, ingressRef *v1alpha1.IngressURLSource, namespace string) (string, error) {
	ingress, err := kubeClient.NetworkingV1().Ingresses(namespace).Get(context.TODO(), ingressRef.Name, metav1.GetOptions{})
	if err != nil {
		logger.Warn("Ingress not found with name " + ingressRef.Name)
		return "", err
	}
	return wrappers.NewIngressWrapper(ingress).GetURL(), nil
}

func discoverURLFromRouteRef(routesClient routes.Interface, routeRef *v1alpha1.RouteURLSource, namespace string) (string, error) {
	route, err := routesClient.RouteV1().Routes(namespace).Get(context.TODO(), routeRef.Name, metav1.GetOptions{})
	if err != nil {
		logger.Warn("Route not found with name " + routeRef.Name)
		return "", err
	}

	return wrappers.NewRouteWrapper(route).GetURL(), nil
}

func discoverURLFromIngressRouteRef(ingressroutesClient ingressroutes.Interface, ingressrouteRef *v1alpha1.IngressRouteURLSource, namespace string) (
	string, error,
) {
	ingressroute, err := ingressroutesClient.TraefikV1alpha1().IngressRoutes(namespace).Get(context.TODO(), ingressrouteRef.Name, metav1.GetOptions{})
	if err != nil {
		logger.Warn("IngressRoute not found with name " + ingressrouteRef.Name)
		return "", err
	}

	return wrappers.NewIngressRouteWrapper(ingressroute).GetURL(), nil
}

func discoverURLFromHTTPRouteRef(gatewayClient gateway.Interface, httpRouteRef *v1alpha1.HTTPRouteURLSource, namespace string) (string, error) {
	httpRoute, err := gatewayClient.GatewayV1().HTTPRoutes(namespace).Get(context.TODO(), httpRouteRef.Name, metav1.GetOptions{})
	if err != nil {
		logger.Warn("HTTPRoute not found with name " + httpRouteRef.Name)
		return "", err
	}

	return wrappers.NewHTTPRouteWrapper(httpRoute).GetURL(), nil
}

func discoverURLFromRefs(clients kube.Clients, forecastleApp v1alpha1.ForecastleApp) (string, error) {
	urlFrom := forecastleApp.Spec.URLFrom
	if urlFrom == nil {
		logger.Warn("No URL sources set for ForecastleApp: " + forecastleApp.Name)
		return "", errors.New("no URL sources set for ForecastleApp: " + forecastleApp.Name)
	}

	if urlFrom.IngressRef != nil {
		return discoverURLFromIngressRef(clients.KubernetesClient, urlFrom.IngressRef, forecastleApp.Namespace)
	}

	if urlFrom.RouteRef != nil {
		if clients.RoutesClient == nil {
			logger.Warnf("RouteRef specified on '%s' but OpenShift Route API not available", forecastleApp.Name)
			return "", errors.New("openShift Route API not available")
		}
		return discoverURLFromRouteRef(clients.RoutesClient, urlFrom.RouteRef, forecastleApp.Namespace)
	}

	if urlFrom.IngressRouteRef != nil {
		if clients.IngressRoutesClient == nil {
			logger.Warnf("IngressRouteRef specified on '%s' but Traefik API not available", forecastleApp.Name)
			return "", errors.New("traefik IngressRoute API not available")
		}
		return discoverURLFromIngressRouteRef(clients.IngressRoutesClient, urlFrom.IngressRouteRef, forecastleApp.Namespace)
	}

	if urlFrom.HTTPRouteRef != nil {
		if clients.GatewayClient == nil {
			logger.Warnf("HTTPRouteRef specified on '%s' but Gateway API not available", forecastleApp.Name)
			return "", errors.New("gateway API not available")
		}
		return discoverURLFromHTTPRouteRef(clients.GatewayClient, urlFrom.HTTPRouteRef, forecastleApp.Namespace)
	}

	logger.Warn("Unsupported Ref set on ForecastleApp: " + forecastleApp.Name)
	return "", errors.New("unsupported Ref set on ForecastleApp: " + forecastleApp.Name)
}
