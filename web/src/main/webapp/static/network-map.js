/*
 * /network: "Show on the map" and "Nearest to me", added only when JavaScript runs; without it the page is the list.
 * Leaflet (served by the portal itself from /static/leaflet/, unpacked from its webjar at build time) is loaded on
 * the first click only, so that it weighs nothing on a visit that does not ask for the map. The markers come from
 * the listed centres' data-lat/data-lon; the list stays the page's content. The texts and the tile address are in
 * the data attributes of #map-tools (the Content-Security-Policy allows no inline script).
 */
(function () {
    'use strict';

    var LEAFLET_VERSION = '1.9.4'; // as leaflet.version in web/pom.xml; only makes browsers fetch a new Leaflet

    var tools = document.getElementById('map-tools');
    if (!tools || !document.querySelector || !window.Promise) return;
    var texts = tools.dataset;

    var centres = Array.prototype.slice.call(document.querySelectorAll('ul.centres > li[data-lat][data-lon]'))
        .map(function (card) {
            var link = card.querySelector('h2 a');
            return {
                lat: parseFloat(card.getAttribute('data-lat')),
                lon: parseFloat(card.getAttribute('data-lon')),
                link: link,
                heading: card.querySelector('h2')
            };
        })
        .filter(function (c) {
            return c.link && isFinite(c.lat) && isFinite(c.lon) && Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180;
        });

    var actions = element('p', 'actions');
    var status = element('p', 'map-status');
    status.setAttribute('role', 'status'); // polite live region: the outcome of "nearest to me"
    tools.appendChild(actions);
    tools.appendChild(status);

    if (centres.length > 0) addMapButton();
    if (navigator.geolocation) addNearMeButton();
    if (actions.childNodes.length > 0) tools.hidden = false;

    function element(name, className) {
        var e = document.createElement(name);
        if (className) e.className = className;
        return e;
    }

    function button(id, text) {
        var b = element('button');
        b.type = 'button';
        b.id = id;
        b.textContent = text;
        actions.appendChild(b);
        return b;
    }

    function say(text) {
        status.textContent = text || '';
    }

    /* The map */

    function addMapButton() {
        var show = button('map-show', texts.show);
        var view = element('div', 'network-map');
        view.id = 'network-map';
        view.hidden = true;
        view.setAttribute('role', 'region');
        view.setAttribute('aria-label', texts.label);
        tools.appendChild(view);
        show.setAttribute('aria-controls', view.id);
        show.setAttribute('aria-expanded', 'false');
        var map = null;
        var loading = false;

        show.addEventListener('click', function () {
            if (loading) return;
            if (map && !view.hidden) {
                conceal();
                return;
            }
            if (map) {
                reveal();
                map.invalidateSize();
                return;
            }
            loading = true;
            show.setAttribute('aria-busy', 'true');
            loadLeaflet().then(function () {
                reveal();
                map = drawMap(view);
            }).catch(function () {
                map = null;
                conceal();
                say(texts.failed);
            }).then(function () {
                loading = false;
                show.removeAttribute('aria-busy');
            });
        });

        function conceal() {
            view.hidden = true;
            show.setAttribute('aria-expanded', 'false');
            show.textContent = texts.show;
        }

        function reveal() {
            view.hidden = false;
            show.setAttribute('aria-expanded', 'true');
            show.textContent = texts.hide;
        }
    }

    function loadLeaflet() {
        if (window.L) return Promise.resolve();
        var base = texts.leaflet;
        return Promise.all([
            load('link', { rel: 'stylesheet', href: base + 'leaflet.css?v=' + LEAFLET_VERSION }, document.head),
            load('script', { src: base + 'leaflet.js?v=' + LEAFLET_VERSION }, document.head)
        ]);
    }

    function load(name, attributes, parent) {
        return new Promise(function (resolve, reject) {
            var e = document.createElement(name);
            Object.keys(attributes).forEach(function (a) { e[a] = attributes[a]; });
            e.onload = resolve;
            e.onerror = reject;
            parent.appendChild(e);
        });
    }

    function drawMap(view) {
        var L = window.L;
        var tiles = texts.tiles;
        var map = L.map(view, {
            zoomControl: false,
            attributionControl: !!tiles,
            scrollWheelZoom: false, // the page scrolls over the map; +/- and the buttons zoom
            maxZoom: 18
        });
        L.control.zoom({ zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut }).addTo(map);
        if (tiles) {
            L.tileLayer(tiles, { maxZoom: 19, attribution: attribution() }).addTo(map);
        }
        var bounds = [];
        centres.forEach(function (c) {
            var name = c.link.textContent.trim();
            var link = element('a');
            link.href = c.link.href;
            link.textContent = name;
            ['lang', 'dir'].forEach(function (a) {
                if (c.heading.hasAttribute(a)) link.setAttribute(a, c.heading.getAttribute(a));
            });
            L.marker([c.lat, c.lon], { alt: name, title: name }).bindPopup(link).addTo(map);
            bounds.push([c.lat, c.lon]);
        });
        map.on('popupopen', function (e) {
            var close = e.popup.getElement().querySelector('.leaflet-popup-close-button');
            if (close) close.setAttribute('aria-label', texts.close);
        });
        map.fitBounds(bounds, { padding: [32, 32], maxZoom: 14 });
        return map;
    }

    /** The tile server's attribution as Leaflet's HTML, built from text so that nothing in it is markup. */
    function attribution() {
        var holder = element('span');
        var part = texts.attributionUrl ? element('a') : element('span');
        if (texts.attributionUrl) part.href = texts.attributionUrl;
        part.textContent = texts.attribution || '';
        holder.appendChild(part);
        return holder.innerHTML;
    }

    /* Nearest to me: the same list, with the same filters and language, ranked from the visitor's position. */

    function addNearMeButton() {
        var near = button('near-me', texts.nearMe);
        near.addEventListener('click', function () {
            say(texts.locating);
            navigator.geolocation.getCurrentPosition(function (position) {
                var query = new URLSearchParams(location.search);
                ['page', 'near', 'lat', 'lon'].forEach(function (p) { query.delete(p); });
                // about 100 m: near enough to rank the centres, and no more of the visitor's position than that
                query.set('lat', position.coords.latitude.toFixed(3));
                query.set('lon', position.coords.longitude.toFixed(3));
                location.assign(location.pathname + '?' + query.toString());
            }, function (error) {
                say(error.code === error.PERMISSION_DENIED ? texts.denied : texts.unavailable);
            }, { timeout: 20000, maximumAge: 600000 });
        });
    }
})();
