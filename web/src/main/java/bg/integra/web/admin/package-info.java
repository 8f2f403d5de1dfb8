/** Back-office pages; sub-packages mirror the page folders under {@code admin/}. */
package bg.integra.web.admin;
